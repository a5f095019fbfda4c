using System.Globalization;
using System.Net;
using DienHong.Calendar;
using MiniExcelLibs;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The reports API on the office's three cases of <see cref="CaseServer"/> (a salary step open, one cancelled, the opinions-and-votes case open): the figures as
/// JSON, the same figures in the Excel workbook, and every bad period or agency a 4xx problem saying what.
/// </summary>
public sealed class ApiReportTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private HttpClient Head => cases.Client("e0101");

    /// <summary>From yesterday to tomorrow in Vietnam: the fixture's cases, whatever the time the test runs.</summary>
    private static string Around
    {
        get
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, WorkingCalendar.VietnamTimeZone).DateTime);
            return string.Create(CultureInfo.InvariantCulture, $"from={today.AddDays(-1):yyyy-MM-dd}&to={today.AddDays(1):yyyy-MM-dd}");
        }
    }

    [Fact]
    public async Task The_report_counts_the_agencys_cases_opened_and_closed_and_nothing_of_other_agencies()
    {
        var report = await Head.GetAsync($"/api/v1/reports?agency=van-phong&{Around}").JsonAsync();

        var office = report.GetProperty("agencies").EnumerateArray().ShouldHaveSingleItem();
        office.String("agency").ShouldBe("van-phong");
        office.GetProperty("agencyName").String("vi").ShouldStartWith("Văn phòng");
        office.GetProperty("casesOpened").GetInt32().ShouldBe(3);
        office.GetProperty("casesClosed").GetInt32().ShouldBe(1);
        office.GetProperty("overdueNow").GetInt32().ShouldBe(0);
        report.GetProperty("goal").GetDouble().ShouldBe(0.98);

        // The application's workflow administrator reads every agency; the other agencies have no case.
        var all = await cases.Client("workflow-admin").GetAsync($"/api/v1/reports?{Around}").JsonAsync();
        var agencies = all.GetProperty("agencies").EnumerateArray().ToList();
        agencies.Count.ShouldBeGreaterThan(1);
        agencies.Where(a => a.String("agency") != "van-phong").ShouldAllBe(a => a.GetProperty("casesOpened").GetInt32() == 0);
    }

    [Fact]
    public async Task The_workbook_holds_the_same_figures_with_headers_in_the_requests_language()
    {
        var json = (await Head.GetAsync($"/api/v1/reports?agency=van-phong&{Around}").JsonAsync()).GetProperty("agencies")[0];
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/export.xlsx?agency=van-phong&{Around}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await Head.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName.ShouldNotBeNull().ShouldEndWith(".xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        stream.GetSheetNames().ShouldBe(["Figures", "By month"]);
        var row = (IDictionary<string, object?>)stream.Query(useHeaderRow: true, sheetName: "Figures").ShouldHaveSingleItem();
        row["Agency"].ShouldBe("Office of the District People's Council and People's Committee");
        Number(row["Cases opened"]).ShouldBe(json.GetProperty("casesOpened").GetInt32());
        Number(row["Cases closed"]).ShouldBe(json.GetProperty("casesClosed").GetInt32());
        Number(row["Steps completed"]).ShouldBe(json.GetProperty("stepsCompleted").GetInt32());
        Number(row["Overdue now"]).ShouldBe(json.GetProperty("overdueNow").GetInt32());
        Number(row["Cases opened"]).ShouldBe(3);
    }

    [Fact]
    public async Task The_workbook_is_in_vietnamese_by_default()
    {
        var bytes = await Head.GetByteArrayAsync($"/api/v1/reports/export.xlsx?agency=van-phong&{Around}");

        using var stream = new MemoryStream(bytes);
        stream.GetSheetNames().ShouldBe(["Số liệu", "Theo tháng"]);
        var row = (IDictionary<string, object?>)stream.Query(useHeaderRow: true, sheetName: "Số liệu").ShouldHaveSingleItem();
        Number(row["Hồ sơ mở mới"]).ShouldBe(3);
        row["Cơ quan, đơn vị"].ShouldBe("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện");
    }

    [Theory]
    [InlineData("/api/v1/reports?from=2027-03-01&to=2027-02-01", "report.period", "2027-03-01")]
    [InlineData("/api/v1/reports/export.xlsx?from=2027-03-01&to=2027-02-01", "report.period", "2027-02-01")]
    [InlineData("/api/v1/reports?from=2026-01-01&to=2027-01-02", "report.period-too-long", "367")]
    [InlineData("/api/v1/reports?from=01/02/2027", "report.day", "01/02/2027")]
    [InlineData("/api/v1/reports/export.xlsx?to=2027-02-30", "report.day", "2027-02-30")]
    public async Task A_bad_day_or_period_is_a_400_naming_it(string url, string code, string named)
    {
        var problem = await Head.GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest, code);
        problem.String("detail").ShouldContain(named);
    }

    [Fact]
    public async Task A_year_is_one_period_and_a_leap_year_too() =>
        (await Head.GetAsync("/api/v1/reports?from=2028-01-01&to=2028-12-31").JsonAsync()).GetProperty("agencies")[0].GetProperty("months").GetArrayLength().ShouldBe(12);

    [Theory]
    [InlineData("e0204", "/api/v1/reports?agency=van-phong", "report.denied")]
    [InlineData("e0101", "/api/v1/reports?agency=phong-tc-kh", "report.denied")]
    [InlineData("e0101", "/api/v1/reports?agency=no-such-agency", "report.denied")]
    [InlineData("e0110", "/api/v1/reports", "report.no-agency")]
    [InlineData("system-admin", "/api/v1/reports/export.xlsx", "report.no-agency")]
    public async Task Another_agencys_report_is_refused_and_says_who_reads_it(string account, string url, string code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await cases.Client(account).SendAsync(request).ProblemAsync(HttpStatusCode.Forbidden, code);
        problem.String("detail").ShouldContain("union chair");
    }

    [Fact]
    public async Task The_head_reads_only_their_own_agency_without_naming_one()
    {
        var report = await Head.GetAsync("/api/v1/reports").JsonAsync();

        report.GetProperty("agencies").EnumerateArray().Select(a => a.String("agency")).ShouldBe(["van-phong"]);
    }

    private static int Number(object? cell) => Convert.ToInt32(cell, CultureInfo.InvariantCulture);
}
