namespace DienHong.Cli;

/// <summary>
/// Input the command cannot use (đầu vào không hợp lệ): a wrong argument, a path that is not there. The message is
/// one line for people, already in their language; the command line prints it and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class CliInputException(string message, int exitCode = ExitCodes.BadInput) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
