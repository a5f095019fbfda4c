namespace DienHong.Engine.Definitions;

/// <summary>
/// A definition text that cannot be read at all (too large, not UTF-8, nested too deep, too many nodes): nothing
/// more can be checked. <see cref="Rule"/> names the broken limit; the message is for people, in the UI language.
/// </summary>
public sealed class DefinitionInputException(string rule, string message, int? line = null, int? column = null) : Exception(message)
{
    public string Rule { get; } = rule;

    public int? Line { get; } = line;

    public int? Column { get; } = column;
}
