using DienHong.Engine.Activities;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>Checks a Vote node's properties against one another, once the binder has read each of them.</summary>
internal static class VoteCompiler
{
    public static VoteConfig Check(VoteConfig config, NodeCompileContext context)
    {
        var members = config.Electorate?.Members;
        if (config.Size?.Count is { } size && members is not null && size != members.Count)
        {
            context.Error(Text.Format(ActivityMessages.SizeMismatch, size, members.Count));
        }

        if (config.Tie is not (VoteConfig.TieFail or VoteConfig.TieChair))
        {
            context.Error(ActivityMessages.TieShape);
        }
        else if (config.Tie == VoteConfig.TieChair && string.IsNullOrEmpty(config.Chair))
        {
            context.Error(ActivityMessages.TieNeedsChair);
        }
        else if (config.Tie == VoteConfig.TieChair && config.Threshold is { Share.IsMajority: false })
        {
            context.Error(ActivityMessages.TieNeedsMajority);
        }

        if (config.Chair is { } chair && members is not null && !members.Contains(chair))
        {
            context.Error(Text.Format(ActivityMessages.ChairNotMember, chair));
        }

        if (config.Reconvene && !context.Definition.Edges.Any(e => e.From == context.Node.Id && e.Outcome == VoteRules.NoQuorum))
        {
            context.Error(ActivityMessages.ReconveneNeedsEdge);
        }

        return config;
    }
}
