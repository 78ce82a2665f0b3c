#include "importers/dossier_csv_writer.hpp"
