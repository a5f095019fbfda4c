using System.Buffers.Text;
using System.Text.Json;
using DienHong.Engine.Storage;

namespace DienHong.Web.Application;

/// <summary>
/// Several keyset-paged queries in one order read as one list (danh sách gộp): a person's inbox is one query per
/// agency, as a role is held per agency. The cursor keeps each query's own cursor, so a page never shifts when rows
/// come or go; a query only partly shown is asked again for exactly what was shown, to learn its cursor there.
/// </summary>
internal static class MergedPages
{
    /// <summary>The cursor of a query read to its end.</summary>
    private const string Exhausted = "";

    /// <summary>One query: the page of at most the given size after the given cursor (null: from the start).</summary>
    public delegate ValueTask<Page<T>> Query<T>(string? after, int size);

    /// <exception cref="ArgumentException">The cursor is not one this list gave.</exception>
    public static async Task<Page<T>> ReadAsync<T>(IReadOnlyList<Query<T>> queries, IComparer<T> order, int size, string? cursor)
    {
        var states = Decode(cursor, queries.Count);
        var pages = new Page<T>?[queries.Count];
        var total = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            // A query read to its end is still counted in the total.
            pages[i] = await queries[i](states[i] == Exhausted ? null : states[i], states[i] == Exhausted ? 1 : size).ConfigureAwait(false);
            total += pages[i]!.Total;
            if (states[i] == Exhausted)
            {
                pages[i] = null;
            }
        }

        var shown = pages
            .SelectMany((page, i) => page?.Items.Select(item => (Query: i, Item: item)) ?? [])
            .OrderBy(x => x.Item, order)
            .Take(size)
            .ToList();
        var next = new string?[queries.Count];
        var more = false;
        for (var i = 0; i < queries.Count; i++)
        {
            if (pages[i] is not { } page)
            {
                next[i] = Exhausted;
                continue;
            }

            var taken = shown.Count(x => x.Query == i);
            if (taken == page.Items.Count)
            {
                next[i] = page.Next ?? Exhausted;
                more |= page.Next is not null;
            }
            else
            {
                more = true;
                next[i] = taken == 0 ? states[i] : (await queries[i](states[i], taken).ConfigureAwait(false)).Next;
            }
        }

        return new Page<T>([.. shown.Select(x => x.Item)], total, more ? Encode(next) : null);
    }

    private static string Encode(string?[] states) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(states));

    private static string?[] Decode(string? cursor, int count)
    {
        if (cursor is null)
        {
            return new string?[count];
        }

        try
        {
            var states = JsonSerializer.Deserialize<string?[]>(Base64Url.DecodeFromChars(cursor));
            return states?.Length == count ? states : throw new ArgumentException(cursor, nameof(cursor));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            throw new ArgumentException(cursor, nameof(cursor), e);
        }
    }
}
