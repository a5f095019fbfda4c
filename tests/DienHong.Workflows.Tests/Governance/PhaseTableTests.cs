using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Activities;
using Shouldly;
using Xunit;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>The phase tables of Disclosure and Consultation: the moves they permit, and the fault of any other.</summary>
public sealed class PhaseTableTests
{
    [Fact]
    public void A_disclosure_is_posted_then_taken_down_before_it_closes_and_a_review_left_from_before_can_only_close()
    {
        var table = DisclosurePhases.Table;
        var all = Enum.GetValues<DisclosurePhase>();

        all.SelectMany(from => all.Where(to => table.Permits(from, to)).Select(to => $"{from}->{to}"))
            .ShouldBe(["Posting->Open", "Open->TakeDown", "TakeDown->Closed", "Review->Closed"], ignoreOrder: true);
    }

    [Fact]
    public void A_consultation_cannot_close_without_its_response()
    {
        var table = ConsultationPhases.Table;
        var all = Enum.GetValues<ConsultationPhase>();

        all.SelectMany(from => all.Where(to => table.Permits(from, to)).Select(to => $"{from}->{to}"))
            .ShouldBe(["Open->Response", "Response->Closed"], ignoreOrder: true);
    }
}
