namespace DienHong.Cli;

/// <summary>The exit codes (mã thoát) of FORMAT.md §3.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A check failed: an invalid definition, a failed expectation, a broken journal chain.</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad usage or unreadable input.</summary>
    public const int BadInput = 2;
}
