#include "app/dossier_generator.hpp"
