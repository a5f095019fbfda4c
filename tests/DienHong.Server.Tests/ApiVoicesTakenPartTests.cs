using System.Text.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// "You voted", "you gave your opinion": the API tells the caller, and only the caller, that they already took part,
/// in the list and in one read, for a named and an anonymous opinion alike, and only while it is open.
/// </summary>
public sealed class ApiVoicesTakenPartTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_member_who_voted_is_told_so_and_may_not_vote_again_while_the_others_are_not()
    {
        var voices = await VoiceCase.StartAsync(cases.Client("e0104"));
        var staff = cases.Client("e0110");
        (await Flags(staff, $"/api/v1/votes/{voices.Ballot}", "alreadyVoted", "canVote")).ShouldBe((false, true));

        await staff.PostJsonAsync($"/api/v1/votes/{voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "yes"), ("E0106", "no")) }).JsonAsync();

        (await Flags(staff, $"/api/v1/votes/{voices.Ballot}", "alreadyVoted", "canVote")).ShouldBe((true, false));
        Listed(await staff.GetAsync("/api/v1/votes?state=Open&pageSize=100").JsonAsync(), voices.Ballot).GetProperty("alreadyVoted").GetBoolean().ShouldBeTrue();
        // Another member has not voted yet: nothing of the first one's ballot shows in what they read.
        (await Flags(cases.Client("e0101"), $"/api/v1/votes/{voices.Ballot}", "alreadyVoted", "canVote")).ShouldBe((false, true));
        Listed(await cases.Client("e0101").GetAsync("/api/v1/votes?state=Open&pageSize=100").JsonAsync(), voices.Ballot).GetProperty("alreadyVoted").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_person_who_gave_an_anonymous_or_a_named_opinion_is_told_so_and_nobody_else_is()
    {
        var voices = await VoiceCase.StartAsync(cases.Client("e0104"));
        var anonymous = cases.Client("e0108");
        var named = cases.Client("e0110");
        (await Flags(anonymous, $"/api/v1/consultations/{voices.Anonymous}", "alreadyGaveOpinion", "canTakePart")).ShouldBe((false, true));

        await anonymous.PostJsonAsync($"/api/v1/consultations/{voices.Anonymous}/opinions", new { text = "Góp ý không tên", anonymous = true }).JsonAsync();
        await named.PostJsonAsync($"/api/v1/consultations/{voices.Named}/opinions", new { text = "Góp ý có tên" }).JsonAsync();

        (await Flags(anonymous, $"/api/v1/consultations/{voices.Anonymous}", "alreadyGaveOpinion", "canTakePart")).ShouldBe((true, true));
        var page = await anonymous.GetAsync("/api/v1/consultations?state=Open&pageSize=100").JsonAsync();
        (Listed(page, voices.Anonymous).GetProperty("alreadyGaveOpinion").GetBoolean(), Listed(page, voices.Named).GetProperty("alreadyGaveOpinion").GetBoolean())
            .ShouldBe((true, false));
        (await Flags(named, $"/api/v1/consultations/{voices.Named}", "alreadyGaveOpinion", "canTakePart")).ShouldBe((true, true));
        (await Flags(named, $"/api/v1/consultations/{voices.Anonymous}", "alreadyGaveOpinion", "canTakePart")).ShouldBe((false, true));
        (await Flags(cases.Client("e0104"), $"/api/v1/consultations/{voices.Anonymous}", "alreadyGaveOpinion", "canTakePart")).ShouldBe((false, true));

        // Once the window has closed the voices are erased, and nothing is said of anyone.
        await VoiceDatabase.CloseWindowAsync(cases.Server, voices.InstanceId, "consult-anonymous");
        (await Flags(anonymous, $"/api/v1/consultations/{voices.Anonymous}", "alreadyGaveOpinion", "canTakePart")).ShouldBe((false, false));
    }

    private static async Task<(bool, bool)> Flags(HttpClient client, string uri, string already, string may)
    {
        var item = await client.GetAsync(uri).JsonAsync();
        return (item.GetProperty(already).GetBoolean(), item.GetProperty(may).GetBoolean());
    }

    private static JsonElement Listed(JsonElement page, string id) => page.GetProperty("items").EnumerateArray().Single(i => i.String("id") == id);
}
