using DienHong.Calendar;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Activities;

/// <summary>
/// An activity declared once (hoạt động khai báo một lần): its configuration is the record
/// <typeparamref name="TConfig"/>, whose <see cref="PropertyAttribute"/> parameters give the descriptor's
/// properties and are bound from the node's JSON once per definition version; its per-node-instance state is the
/// record <typeparamref name="TState"/>, read before and stored after each step. A waiting activity overrides
/// <see cref="Resume(ActivityContext, TConfig, TState, ResumeContext)"/>; one that forgets to faults the node instead of completing it.
/// </summary>
public abstract class Activity<TConfig, TState> : IActivity
    where TConfig : class
    where TState : class, new()
{
    private static readonly bool Stateless = typeof(TState) == typeof(NoState);

    /// <param name="descriptor">The type's names, outcomes and actions (see <see cref="Describe"/>); its properties come from <typeparamref name="TConfig"/>.</param>
    protected Activity(ActivityDescriptor descriptor) => Descriptor = descriptor;

    public ActivityDescriptor Descriptor { get; }

    /// <summary>A descriptor whose properties are <typeparamref name="TConfig"/>'s.</summary>
    protected static ActivityDescriptor Describe(string type, LocalizedText name, LocalizedText description, string category, params string[] outcomes) =>
        new(type, name, description, category, ConfigModel.Of<TConfig>().Properties, outcomes);

    public virtual IReadOnlyList<string> Outcomes(Definitions.NodeDefinition node) => Descriptor.OutcomesOf(node);

    public virtual IReadOnlyList<string> PossibleOutcomes(Definitions.NodeDefinition node) => Outcomes(node);

    public object? Compile(NodeCompileContext context) => Prepare((TConfig)ConfigModel.Of<TConfig>().Bind(context), context);

    public ActivityResult Execute(ActivityContext context)
    {
        var config = (TConfig)context.Node.Config!;
        if (Stateless)
        {
            return Execute(context, config, NoState.Instance as TState ?? new TState());
        }

        var state = new TState();
        var result = Execute(context, config, state);
        context.SaveState(state);
        return result;
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        var config = (TConfig)context.Node.Config!;
        if (Stateless)
        {
            return Resume(context, config, NoState.Instance as TState ?? new TState(), resume);
        }

        var state = context.LoadState<TState>();
        var result = Resume(context, config, state, resume);

        // A refused resume changes nothing, its state included.
        if (result is not ActivityResult.Rejected)
        {
            context.SaveState(state);
        }

        return result;
    }

    /// <summary>Checks what the binder cannot see alone (one property against another) and completes the configuration.</summary>
    protected virtual TConfig Prepare(TConfig config, NodeCompileContext context) => config;

    /// <summary>Runs the node when a token arrives; <paramref name="state"/> is new and is stored afterwards.</summary>
    protected abstract ActivityResult Execute(ActivityContext context, TConfig config, TState state);

    /// <summary>Continues the node when one of its bookmarks is resumed; the engine has checked the action already.</summary>
    protected virtual ActivityResult Resume(ActivityContext context, TConfig config, TState state, ResumeContext resume) =>
        ActivityResult.Fault(new Failure(IncidentCodes.ResumeUnhandled, [context.NodeId, Descriptor.Type]));
}
