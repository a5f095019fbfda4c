using System.Text.Json;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Activities;

/// <summary>
/// What a waiting activity keeps (trạng thái của bước đang chờ), read from an instance's stored run state
/// (<see cref="Storage.InstanceRecord.State"/>) without running it: a view answers from it what the journal does not
/// say, e.g. whether a person has already voted. The run state's layout stays the engine's.
/// </summary>
public static class ActivityStates
{
    /// <summary>The state of node instance <paramref name="nodeInstanceId"/> as the activity's <typeparamref name="TState"/>, or null when it keeps none.</summary>
    public static TState? Read<TState>(string instanceState, string nodeInstanceId)
        where TState : class
    {
        ArgumentNullException.ThrowIfNull(instanceState);
        return InstanceState.Parse(instanceState).NodeStates.TryGetValue(nodeInstanceId, out var state) ? state.Deserialize<TState>(StateJson.Options) : null;
    }
}
