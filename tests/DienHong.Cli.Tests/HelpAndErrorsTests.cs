using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>Help, parse errors and unexpected failures: in the chosen language, with the closest command, never a trace.</summary>
public sealed class HelpAndErrorsTests
{
    [Fact]
    public async Task Help_is_in_Vietnamese_with_lang_vi()
    {
        var run = await Cli.RunViAsync("--help");

        run.Exit.ShouldBe(0);
        run.Out.ShouldContain("Cách dùng:");
        run.Out.ShouldContain("Tùy chọn:");
        run.Out.ShouldContain("Hiện trợ giúp và cách dùng.");
        run.Out.ShouldMatch(@"simulate +Chạy thử một kịch bản");
        run.Out.ShouldNotContain("Usage:");
    }

    [Fact]
    public async Task A_subcommand_help_lists_its_arguments_and_options()
    {
        var run = await Cli.RunAsync("calendar", "add", "--help");

        run.Exit.ShouldBe(0);
        run.Out.ShouldContain("dienhong calendar add <date> <n> [options]");
        run.Out.ShouldContain("<n>     How many days");
        run.Out.ShouldContain("--working-days");
        run.Out.ShouldContain("--calendars <folder>");
    }

    [Theory]
    [InlineData("simulat", "simulate")]
    [InlineData("valdiate", "validate")]
    [InlineData("imprt", "import")]
    public async Task A_mistyped_command_suggests_the_closest_one(string typed, string meant)
    {
        var run = await Cli.RunAsync(typed, "x.json");

        run.Exit.ShouldBe(2);
        run.Error.ShouldStartWith($"'{typed}' is not a command, option or argument of 'dienhong'. Did you mean '{meant}'?");
        run.Error.ShouldContain("Run 'dienhong --help' for usage.");
        run.Error.ShouldNotContain("needs a command");
    }

    [Fact]
    public async Task A_mistyped_option_suggests_the_closest_one_in_Vietnamese()
    {
        var run = await Cli.RunViAsync("calendar", "holidays", "2027", "--jsn");

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("'--jsn' không phải lệnh, tùy chọn hay tham số của 'dienhong calendar holidays'. Có phải ý bạn là '--json'?");
    }

    [Fact]
    public async Task Nothing_close_suggests_nothing()
    {
        var run = await Cli.RunAsync("frobnicate");

        run.Exit.ShouldBe(2);
        run.Error.ShouldNotContain("Did you mean");
    }

    [Fact]
    public async Task A_missing_argument_is_named_in_Vietnamese()
    {
        var run = await Cli.RunViAsync("validate");

        run.Exit.ShouldBe(2);
        run.Error.ShouldStartWith("'dienhong validate' cần tham số <paths>.");
    }

    [Fact]
    public async Task An_unexpected_error_is_logged_to_a_file_and_told_in_one_line()
    {
        using var error = new StringWriter();

        var exit = await CliApp.GuardAsync(["simulate", "x"], error, () => throw new InvalidOperationException("the disk spoke in riddles"));

        exit.ShouldBe(ExitCodes.InternalError);
        var line = error.ToString().TrimEnd();
        line.ShouldNotContain("\n");
        line.ShouldNotContain("InvalidOperationException");
        var log = line[(line.LastIndexOf(' ') + 1)..];
        log.ShouldStartWith(Path.Combine(Path.GetTempPath(), "dienhong", "logs"));
        var text = await File.ReadAllTextAsync(log);
        text.ShouldContain("command: dienhong simulate x");
        text.ShouldContain("System.InvalidOperationException: the disk spoke in riddles");
        text.ShouldContain("   at ");
        File.Delete(log);
    }
}
