namespace DienHong.Cli;

/// <summary>The exit codes (mã thoát) of docs/format/cli.md.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check failed: an invalid definition, a failed expectation, a broken journal chain.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad usage or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected error inside the tool (EX_SOFTWARE of sysexits.h); its trace is in a log file.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
