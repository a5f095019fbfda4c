using System.Security.Claims;
using DienHong.Web.Application;
using DienHong.Web.Application.Disclosures;
using DienHong.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The board reads its postings' objections together: a member's own objections and the answerer's list cost the
/// same few reads however many postings there are, not a case load and a journal read per posting.
/// </summary>
public sealed class BoardReadsTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task Own_objections_and_the_answerers_list_take_the_same_reads_for_two_postings_as_for_four()
    {
        await PostAndObjectAsync("E0105", "E0106");
        var two = await ReadsAsync();
        await PostAndObjectAsync("E0107", "E0108");
        var four = await ReadsAsync();

        (two.Own, two.Answering).ShouldBe((2, 2));
        (four.Own, four.Answering).ShouldBe((4, 4));
        // One batch read for the member's own objections; two lists and two batch reads for the answerer's.
        (four.OwnReads, four.AnsweringReads).ShouldBe((1, 4));
        (four.OwnReads, four.AnsweringReads).ShouldBe((two.OwnReads, two.AnsweringReads));
    }

    private async Task PostAndObjectAsync(params string[] employees)
    {
        foreach (var employee in employees)
        {
            var id = await cases.PostedDisclosureAsync(employee);
            await cases.Client("e0110").PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "Chưa đủ thời gian giữ bậc " + employee }).JsonAsync();
        }
    }

    /// <summary>How many of the open postings show the member's own objections and the union chair's list, and the reads each took.</summary>
    private async Task<(int Own, int OwnReads, int Answering, int AnsweringReads)> ReadsAsync()
    {
        using var scope = cases.Server.Services.CreateScope();
        var services = scope.ServiceProvider;
        var member = Person(services, "e0110", "E0110");
        var open = (await services.GetRequiredService<DisclosureService>().ListAsync(member, DisclosureListState.Open, null, new(100))).Value!.Items;

        var counting = new CountingReads(services.GetRequiredService<Engine.Storage.IWorkflowStore>(), services.GetRequiredService<Engine.Storage.IJournalReader>(), services.GetRequiredService<Engine.Storage.IDisclosureQueries>());
        var access = ActivatorUtilities.CreateInstance<CaseAccess>(services, counting);
        var reader = ActivatorUtilities.CreateInstance<DisclosureReader>(services, counting, counting, access);
        var board = ActivatorUtilities.CreateInstance<DisclosureService>(services, counting, reader);

        var own = (await board.OwnObjectionsAsync(member, open)).Value!.Count;
        var ownReads = counting.Reads;
        var answering = (await board.AnsweringAsync(Person(services, "e0102", "E0102"))).Value!.Count;
        return (own, ownReads, answering, counting.Reads - ownReads);
    }

    private static PersonAccess Person(IServiceProvider services, string userName, string personId) =>
        services.GetRequiredService<CurrentPerson>().Resolve(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, userName), new Claim(DienHongClaims.Person, personId)], "test")));
}
