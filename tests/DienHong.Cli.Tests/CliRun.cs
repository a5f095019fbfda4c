using System.Text.Json;

namespace DienHong.Cli.Tests;

/// <summary>One run of the command line: exit code, standard output and standard error.</summary>
public sealed record CliRun(int Exit, string Out, string Error)
{
    public JsonElement Json()
    {
        using var doc = JsonDocument.Parse(Out);
        return doc.RootElement.Clone();
    }
}
