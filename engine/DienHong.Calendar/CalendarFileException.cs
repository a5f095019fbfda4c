using DienHong.Calendar.Resources;

namespace DienHong.Calendar;

/// <summary>
/// A holiday schedule file (lịch nghỉ lễ hằng năm) that cannot be used; the message names the file and the problem,
/// in the language of the current UI culture when it was found.
/// </summary>
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
        : base(Format.F(CalendarMessages.CalendarFile, filePath, problem), innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    public string? FilePath { get; }

    public string? Problem { get; }
}
