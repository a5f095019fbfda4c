using System.Text;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// A WHERE clause built from optional conditions, with positional parameters (@p0, @p1, ...) in order. Filters of
/// one statement share <paramref name="values"/>, so their parameters number on after one another.
/// </summary>
internal sealed class Filter(List<object?>? values = null)
{
    private readonly List<string> conditions = [];
    private readonly List<object?> values = values ?? [];

    public IReadOnlyList<object?> Values => values;

    /// <summary>Adds a condition; each <c>{}</c> in it becomes the next parameter, bound to the next value.</summary>
    public Filter Where(string condition, params object?[] parameters)
    {
        var text = new StringBuilder();
        var parts = condition.Split("{}");
        for (var i = 0; i < parts.Length; i++)
        {
            text.Append(parts[i]);
            if (i < parameters.Length)
            {
                text.Append("@p").Append(values.Count);
                values.Add(parameters[i]);
            }
        }

        conditions.Add(text.ToString());
        return this;
    }

    /// <summary>Adds <c>column IN (...)</c> over <paramref name="set"/>; an empty set matches nothing.</summary>
    public Filter In(string column, IReadOnlyCollection<string> set) =>
        set.Count == 0 ? Where("1 = 0") : Where($"{column} IN ({string.Join(", ", Enumerable.Repeat("{}", set.Count))})", [.. set]);

    /// <summary>
    /// Keeps the instances (alias <c>i</c>) a person took part in: a journal entry of theirs (the journal's actor
    /// index finds it) or an open task assigned to one of their keys. The same text on SQLite and PostgreSQL.
    /// </summary>
    public Filter Involving(Involvement involving)
    {
        var acted = "EXISTS (SELECT 1 FROM journal j WHERE j.actor = {} AND j.instance_id = i.id)";
        return involving.Assignees.Count == 0
            ? Where(acted, involving.Actor)
            : Where(
                $"({acted} OR EXISTS (SELECT 1 FROM bookmarks t WHERE t.instance_id = i.id AND t.kind = 'Task' AND t.assignee IN ({string.Join(", ", Enumerable.Repeat("{}", involving.Assignees.Count))})))",
                [involving.Actor, .. involving.Assignees]);
    }

    /// <summary>The next free parameter, bound to <paramref name="value"/>: for what follows the WHERE clause (a LIMIT), or a value a condition names twice.</summary>
    public string Next(object? value)
    {
        values.Add(value);
        return "@p" + (values.Count - 1);
    }

    public override string ToString() => conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
}
