#include "report/xlsx_writer.hpp"
