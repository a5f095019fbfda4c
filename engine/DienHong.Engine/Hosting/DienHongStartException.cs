namespace DienHong.Engine.Hosting;

/// <summary>The host's options are incomplete or wrong; <see cref="Exception.Message"/> names every problem.</summary>
public sealed class DienHongStartException(string message, IReadOnlyList<string> problems) : Exception(message)
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
