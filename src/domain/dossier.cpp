#include "domain/dossier.hpp"

#include <array>

#include "core/enum_table.hpp"

namespace parindex {

namespace {

constexpr std::array k_status_labels = {
    EnumEntry<DossierStatus, Label>{DossierStatus::registered, Label::dossier_status_registered},
    EnumEntry<DossierStatus, Label>{DossierStatus::received, Label::dossier_status_received},
    EnumEntry<DossierStatus, Label>{DossierStatus::refused, Label::dossier_status_refused},
    EnumEntry<DossierStatus, Label>{DossierStatus::processing, Label::dossier_status_processing},
    EnumEntry<DossierStatus, Label>{DossierStatus::supplement_requested,
                                    Label::dossier_status_supplement_requested},
    EnumEntry<DossierStatus, Label>{DossierStatus::financial_obligation,
                                    Label::dossier_status_financial_obligation},
    EnumEntry<DossierStatus, Label>{DossierStatus::withdrawn, Label::dossier_status_withdrawn},
    EnumEntry<DossierStatus, Label>{DossierStatus::stopped, Label::dossier_status_stopped},
    EnumEntry<DossierStatus, Label>{DossierStatus::processed, Label::dossier_status_processed},
    EnumEntry<DossierStatus, Label>{DossierStatus::returned, Label::dossier_status_returned},
};
constexpr std::array k_channel_labels = {
    EnumEntry<Channel, Label>{Channel::in_person, Label::channel_in_person},
    EnumEntry<Channel, Label>{Channel::online, Label::channel_online},
    EnumEntry<Channel, Label>{Channel::post, Label::channel_post},
};

}  // namespace

Label dossier_status_label(DossierStatus status) {
    return lookup(k_status_labels, status);
}

Label channel_label(Channel channel) {
    return lookup(k_channel_labels, channel);
}

}  // namespace parindex
