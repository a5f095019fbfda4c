using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>
/// One field of a task's form (biểu mẫu), for the designer and the inbox: its <c>name</c> (the key of the data
/// filled in), <c>label</c>, <c>type</c>, whether it is <c>required</c>, the <c>options</c> to choose from. The engine
/// checks its keys and keeps it as written.
/// </summary>
public sealed record TaskForm(JsonElement Field) : IPropertyValue<TaskForm>
{
    public static PropertyKind Kind => PropertyKind.Json;

    public static ObjectShape? Shape { get; } = new(
        "formField",
        [
            new("name", PropertyKind.Text), new("label", PropertyKind.LocalizedText), new("type", PropertyKind.Text),
            new("required", PropertyKind.Boolean), new("options", PropertyKind.Json), new("description", PropertyKind.LocalizedText),
        ]);

    public static TaskForm? Read(JsonElement value, NodeCompileContext context, string property) => new(value.Clone());
}
