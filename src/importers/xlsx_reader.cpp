#include "importers/xlsx_reader.hpp"
