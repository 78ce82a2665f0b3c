#include "cli/help_formatter.hpp"

#include <CLI/CLI.hpp>

#include "core/labels.hpp"

namespace parindex {

namespace {

std::string text(Label label) {
    return std::string(label_text(label));
}

std::size_t letter_count(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
    }));
}

class HelpFormatter final : public CLI::Formatter {
  public:
    std::string make_option(const CLI::Option* option, bool is_positional) const override {
        const std::string name =
            "  " + make_option_name(option, is_positional) + make_option_opts(option);
        const std::string description = make_option_desc(option);
        const std::size_t width = get_column_width();
        const std::size_t letters = letter_count(name);
        std::string line = name;
        if (letters >= width) {
            line += "\n" + std::string(width, ' ');
        } else {
            line += std::string(width - letters, ' ');
        }
        return line + description + "\n";
    }
};

}  // namespace

void localise_help(CLI::App& app) {
    auto formatter = std::make_shared<HelpFormatter>();
    formatter->label("Usage", text(Label::cli_help_usage));
    formatter->label("OPTIONS", text(Label::cli_help_options));
    formatter->label("SUBCOMMAND", text(Label::cli_help_subcommands));
    formatter->label("SUBCOMMANDS", text(Label::cli_help_subcommands));
    formatter->label("Positionals", text(Label::cli_help_positionals));
    formatter->label("REQUIRED", text(Label::cli_help_required));
    formatter->label("TEXT", text(Label::cli_type_text));
    formatter->label("INT", text(Label::cli_type_number));
    app.formatter(formatter);
    app.option_defaults()->group(text(Label::cli_help_options));
    app.set_help_flag("-h,--help", text(Label::cli_help_flag));
}

}  // namespace parindex
