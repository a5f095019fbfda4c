namespace DienHong.Cli;

/// <summary>Where a command writes (đầu ra): people's text and JSON on <see cref="Out"/>, problems on <see cref="Error"/>.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error);
