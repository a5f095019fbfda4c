namespace DienHong.Web.Application.Reports;

/// <summary>A report exported as a file (tệp báo cáo): its name, media type and bytes.</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content)
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
