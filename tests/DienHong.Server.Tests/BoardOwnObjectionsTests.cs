using System.Security.Claims;
using DienHong.Web.Application.Disclosures;
using DienHong.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// What the board shows under a posting on a later visit: the member's own named objection with the union chair's
/// answer, for that member only; the answerer and the other members get nothing there.
/// </summary>
public sealed class BoardOwnObjectionsTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_member_finds_their_objection_and_its_answer_under_the_posting_on_a_later_visit()
    {
        var id = await cases.PostedDisclosureAsync("E0107");
        await cases.Client("e0110").PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "Chưa đủ thời gian giữ bậc" }).JsonAsync();
        await cases.Client("e0102").PostJsonAsync($"/api/v1/disclosures/{id}/objections/1/reply", new { outcome = "Dismissed", text = "Đã đủ 36 tháng" }).JsonAsync();
        var board = cases.Server.Services.GetRequiredService<DisclosureService>();

        var member = Person("e0110", "E0110");
        var open = (await board.ListAsync(member, DisclosureListState.Open, null, new(100))).Value!.Items;
        var own = (await board.OwnObjectionsAsync(member, open)).Value!;

        var objection = own.ShouldHaveSingleItem().Value.Objections.ShouldHaveSingleItem();
        own.Single().Key.ShouldBe(id);
        (objection.Text, objection.Mine, objection.Reply?.Outcome, objection.Reply?.Text, objection.ReplyTaskId).ShouldBe(("Chưa đủ thời gian giữ bậc", true, "Dismissed", "Đã đủ 36 tháng", null));
        (await board.OwnObjectionsAsync(Person("e0109", "E0109"), open)).Value!.ShouldNotContainKey(id);
        (await board.OwnObjectionsAsync(Person("e0102", "E0102"), open)).Value!.ShouldNotContainKey(id);
    }

    private PersonAccess Person(string userName, string personId) =>
        cases.Server.Services.GetRequiredService<CurrentPerson>().Resolve(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(DienHongClaims.Person, personId)], "test")));
}
