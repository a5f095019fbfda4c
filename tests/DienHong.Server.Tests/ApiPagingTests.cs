using System.Net;
using System.Text.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Paging through a person's cases when they are in several agencies (one query per agency, merged): every case once,
/// newest first across pages, the total over all of them.
/// </summary>
public sealed class ApiPagingTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_person_of_two_agencies_pages_through_their_cases_one_at_a_time()
    {
        // E0102 is union chair of the office and of the district committee: both agencies' cases are theirs to see.
        var chair = cases.Client("e0102");
        // The salary step names HR and the head as its starters: the district's head and the office's HR start them.
        var district = await (await cases.Server.BearerAsync("e0001")).PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0001", "ubnd-huyen")).JsonAsync(HttpStatusCode.Created);
        var office = await cases.Client("e0104").PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0105")).JsonAsync(HttpStatusCode.Created);

        var seen = new List<JsonElement>();
        string? after = null;
        int total;
        do
        {
            var page = await chair.GetAsync("/api/v1/instances?pageSize=1" + (after is null ? string.Empty : "&after=" + after)).JsonAsync();
            page.GetProperty("items").GetArrayLength().ShouldBe(1);
            seen.Add(page.GetProperty("items")[0]);
            total = page.GetProperty("total").GetInt32();
            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? Uri.EscapeDataString(next.GetString()!) : null;
        }
        while (after is not null && seen.Count < 50);

        var ids = seen.Select(s => s.String("id")).ToList();
        ids.Count.ShouldBe(total);
        ids.ShouldBeUnique();
        ids.ShouldContain(district.String("id"));
        ids.ShouldContain(office.String("id"));
        ids.ShouldContain(cases.OpenCase);
        seen.Select(s => s.GetProperty("createdAt").GetDateTimeOffset()).ShouldBeInOrder(SortDirection.Descending);
        seen.Select(s => s.String("agency")).Distinct().ShouldBe(["ubnd-huyen", "van-phong"], ignoreOrder: true);

        var onlyDistrict = await chair.GetAsync("/api/v1/instances?agency=ubnd-huyen").JsonAsync();
        onlyDistrict.GetProperty("items").EnumerateArray().Select(i => i.String("id")).ShouldBe([district.String("id")]);
    }
}
