namespace DienHong.Calendar;

/// <summary>A holiday schedule file (lịch nghỉ lễ hằng năm) that cannot be used; the message names the file and the problem.</summary>
public sealed class CalendarFileException : Exception
{
    public CalendarFileException()
    {
    }

    public CalendarFileException(string message)
        : base(message)
    {
    }

    public CalendarFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendarFileException(string filePath, string problem, Exception? innerException = null)
        : base($"Calendar file '{filePath}': {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    public string? FilePath { get; }

    public string? Problem { get; }
}
