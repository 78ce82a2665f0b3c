#include "report/apology_letter_docx.hpp"
