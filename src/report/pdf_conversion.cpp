#include "report/pdf_conversion.hpp"

#include <fcntl.h>  // O_RDONLY, O_WRONLY, ...
#include <spawn.h>
#include <stdlib.h>  // mkdtemp
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

#include "core/text_lines.hpp"

extern char** environ;  // NOLINT(readability-identifier-naming): POSIX names it

namespace parindex {

namespace {

namespace fs = std::filesystem;

constexpr std::chrono::milliseconds k_poll_interval{25};
constexpr std::size_t k_log_lines = 5;         // the end of LibreOffice's output in an error
constexpr std::size_t k_log_characters = 800;  // at most, from its end
constexpr int k_exit_not_found = 127;          // the shell's code for a missing program

std::string system_message(int error) {
    return std::error_code(error, std::generic_category()).message();
}

// A directory of its own for one conversion: the input, LibreOffice's profile, its output and
// its log. Removed with everything in it, however the conversion ends.
class TemporaryDirectory {
  public:
    TemporaryDirectory() = default;
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    ~TemporaryDirectory() {
        if (!m_path.empty()) {
            std::error_code ignored;
            fs::remove_all(m_path, ignored);
        }
    }

    Result<void> create() {
        std::error_code error;
        const fs::path parent = fs::temp_directory_path(error);
        if (error) {
            return fail(ErrorCode::io, Label::error_pdf_temporary, {error.message()});
        }
        std::string pattern = (parent / "parindex-pdf-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            return fail(ErrorCode::io, Label::error_pdf_temporary, {system_message(errno)});
        }
        m_path = pattern;
        return {};
    }

    [[nodiscard]] const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

Result<void> write_file(const fs::path& path, std::string_view bytes) {
    std::ofstream stream(path, std::ios::binary);
    stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    stream.close();
    if (!stream) {
        return fail(ErrorCode::io, Label::error_pdf_temporary, {path.string()});
    }
    return {};
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        return std::nullopt;
    }
    return std::string((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
}

// The last lines of LibreOffice's output, for an error message.
std::string log_tail(const fs::path& log) {
    const std::string text = read_file(log).value_or("");
    const std::vector<std::string> lines = non_blank_lines(text);
    std::string tail;
    const std::size_t first = lines.size() > k_log_lines ? lines.size() - k_log_lines : 0;
    for (std::size_t i = first; i < lines.size(); ++i) {
        tail += (tail.empty() ? "" : " | ") + lines[i];
    }
    if (tail.size() > k_log_characters) {
        std::size_t cut = tail.size() - k_log_characters;
        while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) {
            ++cut;  // not inside a UTF-8 sequence
        }
        tail = "…" + tail.substr(cut);
    }
    return tail;
}

// A file URL for LibreOffice's -env:UserInstallation: bytes other than unreserved ones and '/'
// percent-encoded.
std::string file_url(const fs::path& path) {
    constexpr std::string_view k_hex = "0123456789ABCDEF";
    std::string url = "file://";
    for (const char c : path.string()) {
        const auto byte = static_cast<unsigned char>(c);
        const bool is_plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                              (c >= '0' && c <= '9') ||
                              std::string_view("/-._~").find(c) != std::string_view::npos;
        if (is_plain) {
            url += c;
        } else {
            url += '%';
            url += k_hex[byte >> 4U];
            url += k_hex[byte & 0x0FU];
        }
    }
    return url;
}

enum class Ending { exited, signalled, timed_out };

struct ProcessEnd {
    Ending ending = Ending::exited;
    int value = 0;  // the exit status or the signal
};

// posix_spawn's attribute and file-action objects, destroyed on every path.
struct SpawnSetup {
    posix_spawnattr_t attributes{};
    posix_spawn_file_actions_t actions{};

    SpawnSetup() {
        posix_spawnattr_init(&attributes);
        posix_spawn_file_actions_init(&actions);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
};

// Starts the program in a process group of its own (so that a time-out stops LibreOffice and
// every helper it started), input from /dev/null, output and errors into `log`, no descriptor
// of ours inherited. Nothing when it could not start (no such program, not executable).
std::optional<pid_t> spawn(const std::vector<std::string>& arguments, const fs::path& log) {
    SpawnSetup setup;
    posix_spawnattr_setpgroup(&setup.attributes, 0);
    sigset_t signals;
    sigemptyset(&signals);
    posix_spawnattr_setsigmask(&setup.attributes, &signals);
    for (const int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD}) {
        sigaddset(&signals, signal);
    }
    posix_spawnattr_setsigdefault(&setup.attributes, &signals);
    posix_spawnattr_setflags(
        &setup.attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const std::string log_path = log.string();
    posix_spawn_file_actions_addopen(&setup.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, log_path.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_adddup2(&setup.actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addclosefrom_np(&setup.actions, STDERR_FILENO + 1);

    std::vector<char*> argv;
    argv.reserve(arguments.size() + 1);
    for (const std::string& argument : arguments) {
        argv.push_back(const_cast<char*>(argument.c_str()));  // posix_spawn does not write them
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, argv[0], &setup.actions, &setup.attributes, argv.data(), environ) != 0) {
        return std::nullopt;
    }
    return pid;
}

// Waits for the process, polling, until it ends or the time limit passes, then kills whatever
// is left of its group (helpers LibreOffice started) before reaping it: until it is reaped, its
// id cannot name another process group.
ProcessEnd wait_for(pid_t pid, std::chrono::seconds time_limit) {
    const auto deadline = std::chrono::steady_clock::now() + time_limit;
    bool timed_out = false;
    for (;;) {
        siginfo_t info{};
        const int waited =
            waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
        if (waited < 0 && errno == EINTR) {
            continue;
        }
        if (waited < 0) {
            return ProcessEnd{Ending::exited, 0};  // reaped elsewhere (SIGCHLD ignored)
        }
        if (info.si_pid == pid) {
            break;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            timed_out = true;
            break;
        }
        std::this_thread::sleep_for(k_poll_interval);
    }
    kill(-pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (timed_out) {
        return ProcessEnd{Ending::timed_out, 0};
    }
    if (WIFSIGNALED(status)) {
        return ProcessEnd{Ending::signalled, WTERMSIG(status)};
    }
    return ProcessEnd{Ending::exited, WEXITSTATUS(status)};
}

bool is_supported(std::string_view extension) {
    return extension == "docx" || extension == "xlsx";
}

}  // namespace

Result<std::string> convert_to_pdf(const PdfConverter& converter, std::string_view document,
                                   std::string_view extension) {
    if (!is_supported(extension)) {
        return fail(ErrorCode::unsupported, Label::error_pdf_format, {std::string(extension)});
    }
    TemporaryDirectory directory;
    PARINDEX_TRY(directory.create());
    const fs::path input = directory.path() / ("document." + std::string(extension));
    const fs::path output = directory.path() / "out";
    const fs::path log = directory.path() / "soffice.log";
    PARINDEX_TRY(write_file(input, document));

    const std::vector<std::string> arguments = {
        converter.soffice, "-env:UserInstallation=" + file_url(directory.path() / "profile"),
        "--headless",      "--norestore",
        "--convert-to",    "pdf",
        "--outdir",        output.string(),
        input.string()};
    const std::optional<pid_t> pid = spawn(arguments, log);
    if (!pid) {
        return fail(ErrorCode::internal, Label::error_pdf_no_libreoffice, {converter.soffice});
    }
    const ProcessEnd end = wait_for(*pid, converter.time_limit);
    switch (end.ending) {
        case Ending::timed_out:
            return fail(ErrorCode::internal, Label::error_pdf_timeout,
                        {std::to_string(converter.time_limit.count())});
        case Ending::signalled:
            return fail(
                ErrorCode::internal, Label::error_pdf_failed,
                {format_label(Label::pdf_exit_signal, {std::to_string(end.value)}), log_tail(log)});
        case Ending::exited:
            break;
    }
    if (end.value == k_exit_not_found) {
        return fail(ErrorCode::internal, Label::error_pdf_no_libreoffice, {converter.soffice});
    }
    if (end.value != 0) {
        return fail(
            ErrorCode::internal, Label::error_pdf_failed,
            {format_label(Label::pdf_exit_status, {std::to_string(end.value)}), log_tail(log)});
    }
    std::optional<std::string> pdf = read_file(output / "document.pdf");
    if (!pdf || pdf->empty()) {
        return fail(ErrorCode::internal, Label::error_pdf_no_output, {log_tail(log)});
    }
    return std::move(*pdf);
}

}  // namespace parindex
