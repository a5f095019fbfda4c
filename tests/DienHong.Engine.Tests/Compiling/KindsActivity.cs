using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Tests.Compiling;

/// <summary>
/// A test node type with one property of every kind, so the compiler's shape check of each kind can be tried; its
/// <c>fail</c> property makes its own compile step throw the exception named.
/// </summary>
internal sealed class KindsActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Kinds",
        new LocalizedText("Các loại", "Kinds"),
        new LocalizedText("Bước thử nghiệm.", "A test node."),
        "test",
        [
            Prop("must", PropertyKind.Value, true),
            Prop("expression", PropertyKind.Expression),
            Prop("duration", PropertyKind.Duration),
            Prop("assignee", PropertyKind.Assignee),
            Prop("names", PropertyKind.StringList),
            Prop("label", PropertyKind.LocalizedText),
            Prop("count", PropertyKind.Number),
            Prop("flag", PropertyKind.Boolean),
            Prop("text", PropertyKind.Text),
            Prop("template", PropertyKind.Template),
            Prop("fail", PropertyKind.Json),
        ],
        []);

    public object? Compile(NodeCompileContext context) => context.String("fail") switch
    {
        "json" => throw new JsonException("bad JSON inside"),
        "operation" => throw new InvalidOperationException("not an object"),
        "format" => throw new FormatException("not a number"),
        _ => null,
    };

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done();

    private static PropertyDescriptor Prop(string name, PropertyKind kind, bool required = false) =>
        new(name, kind, required, new LocalizedText(name, name));
}
