using System.Net;
using System.Net.Sockets;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>A bad configuration stops the start with one clear line on the error output and exit code 2, never a stack trace.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly DataFolder folder = new();

    [Theory]
    [InlineData("Database__Provider", "Oracle", "Database:Provider is 'Oracle': use Sqlite or PostgreSQL.")]
    [InlineData("Database__Provider", "PostgreSQL", "Database:Provider is PostgreSQL but Database:ConnectionString is empty")]
    [InlineData("DienHong__Language", "fr", "DienHong:Language is 'fr': use vi or en.")]
    public async Task A_bad_setting_is_one_line_and_exit_code_2(string key, string value, string expected)
    {
        var (exit, _, error) = await RunAsync(new() { [key] = value });
        exit.ShouldBe(2);
        OneLine(error).ShouldStartWith(expected);
    }

    [Fact]
    public async Task A_connection_string_the_driver_cannot_read_is_refused_before_connecting()
    {
        var (exit, _, error) = await RunAsync(new() { ["Database__Provider"] = "PostgreSQL", ["Database__ConnectionString"] = "Host=127.0.0.1;Colour=blue" });
        exit.ShouldBe(2);
        OneLine(error).ShouldStartWith("Database:ConnectionString is not a PostgreSQL connection string: ");
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_stops_the_start_with_one_line()
    {
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var (exit, _, error) = await RunAsync(new()
        {
            ["Database__Provider"] = "PostgreSQL",
            ["Database__ConnectionString"] = $"Host=127.0.0.1;Port={port};Database=dienhong;Username=dh;Password=secret-word;Timeout=5",
        });
        exit.ShouldBe(2, error);
        var line = OneLine(error);
        line.ShouldStartWith($"The PostgreSQL database '127.0.0.1:{port}/dienhong' cannot be used: ");
        line.ShouldEndWith("Check Database:ConnectionString and that the server is running.");
        line.ShouldNotContain("secret-word");
    }

    [Fact]
    public async Task A_data_folder_that_is_a_file_is_refused()
    {
        var file = folder.File("not-a-folder");
        await File.WriteAllTextAsync(file, "x");
        var (exit, _, error) = await RunAsync(new() { ["DienHong__DataFolder"] = file });
        exit.ShouldBe(2);
        OneLine(error).ShouldBe($"The data folder '{file}' (DienHong:DataFolder) is a file: give a folder.");
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_made_is_refused()
    {
        var file = folder.File("a-file");
        await File.WriteAllTextAsync(file, "x");
        var inside = Path.Combine(file, "data");
        var (exit, _, error) = await RunAsync(new() { ["DienHong__DataFolder"] = inside });
        exit.ShouldBe(2);
        OneLine(error).ShouldStartWith($"The data folder '{inside}' (DienHong:DataFolder) cannot be written: ");
    }

    [Fact]
    public async Task The_message_is_in_Vietnamese_when_asked()
    {
        var (exit, _, error) = await RunAsync(new() { ["DienHong__Language"] = "vi", ["Database__Provider"] = "Oracle" });
        exit.ShouldBe(2);
        OneLine(error).ShouldBe("Database:Provider là 'Oracle': hãy dùng Sqlite hoặc PostgreSQL.");
    }

    [Fact]
    public async Task A_port_in_use_is_refused()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (exit, _, error) = await RunAsync(new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        exit.ShouldBe(2, error);
        OneLine(error).ShouldStartWith($"The address http://127.0.0.1:{port} is already in use by another program");
    }

    [Fact]
    public async Task A_second_server_on_the_same_data_folder_says_so()
    {
        var data = Path.Combine(folder.Path, "data");
        await using var first = new ServerFactory(data).Started();
        var (exit, _, error) = await RunAsync(new() { ["DienHong__DataFolder"] = data });
        exit.ShouldBe(2);
        OneLine(error).ShouldBe($"The data folder '{data}' is in use by another server (process {Environment.ProcessId}): stop it, or give another DienHong:DataFolder.");
    }

    public void Dispose() => folder.Dispose();

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string> environment)
    {
        environment.TryAdd("DienHong__DataFolder", Path.Combine(folder.Path, "data"));
        var result = await ServerProcess.RunAsync(folder.Path, environment, Limit);
        result.Output.ShouldNotContain("   at ");
        return result;
    }

    /// <summary>The error output is exactly one line, and nothing printed looks like a stack trace.</summary>
    internal static string OneLine(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, error);
        error.ShouldNotContain("   at ");
        return lines[0].TrimEnd('\r');
    }
}
