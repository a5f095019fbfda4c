namespace DienHong.Engine.Activities;

/// <summary>Every registered activity type, by name.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, IActivity> byType;

    public ActivityRegistry(IEnumerable<IActivity> activities)
    {
        byType = new Dictionary<string, IActivity>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (!byType.TryAdd(activity.Descriptor.Type, activity))
            {
                throw new InvalidOperationException($"Two activities declare the type '{activity.Descriptor.Type}'.");
            }
        }
    }

    public IReadOnlyCollection<IActivity> All => byType.Values;

    public IEnumerable<string> Types => byType.Keys.Order(StringComparer.Ordinal);

    public IActivity? Find(string type) => byType.GetValueOrDefault(type);
}
