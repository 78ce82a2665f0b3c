#include "cli/services.hpp"

#include "security/sodium_crypto.hpp"
#include "store/evidence_directory.hpp"

namespace parindex {

Services::Services(WorkflowStore& store_, std::optional<CivilDate> today,
                   std::unique_ptr<Crypto> crypto_, std::unique_ptr<EvidenceFiles> files_,
                   bool province)
    : store(store_),
      clock(today),
      crypto(std::move(crypto_)),
      files(std::move(files_)),
      auth(store_, *crypto, clock, throttle),
      reports(store_, *files, *crypto, clock),
      discussions(store_, clock),
      users(store_, *crypto, clock, province),
      dossiers(store_),
      overview(store_, clock, &dossiers) {}

Result<std::unique_ptr<Services>> Services::create(WorkflowStore& store,
                                                   const std::filesystem::path& evidence_root,
                                                   std::optional<CivilDate> today, bool province) {
    PARINDEX_TRY_ASSIGN(crypto, SodiumCrypto::create());
    PARINDEX_TRY_ASSIGN(files, EvidenceDirectory::create(evidence_root));
    return std::unique_ptr<Services>(
        new Services(store, today, std::move(crypto), std::move(files), province));
}

}  // namespace parindex
