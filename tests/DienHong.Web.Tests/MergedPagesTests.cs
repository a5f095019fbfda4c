using DienHong.Engine.Storage;
using DienHong.Web.Application;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>
/// Several keyset-paged lists read as one (an inbox with one query per agency): every page in the common order,
/// nothing shown twice or skipped at any page size, the total over every list, and a cursor from elsewhere refused.
/// </summary>
public sealed class MergedPagesTests
{
    private static readonly int[][] Lists = [[1, 4, 5, 9, 12], [2, 3, 10], [], [6, 7, 8, 11, 13, 14]];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(50)]
    public async Task Paging_through_the_merged_lists_shows_each_item_once_in_order(int size)
    {
        var seen = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await MergedPages.ReadAsync(Queries(), Comparer<int>.Default, size, cursor);
            page.Total.ShouldBe(14);
            page.Items.Count.ShouldBeLessThanOrEqualTo(size);
            seen.AddRange(page.Items);
            cursor = page.Next;
            (++pages).ShouldBeLessThan(20);
        }
        while (cursor is not null);

        seen.ShouldBe(Enumerable.Range(1, 14));
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor()
    {
        var all = await MergedPages.ReadAsync(Queries(), Comparer<int>.Default, 14, null);
        all.Items.Count.ShouldBe(14);
        all.Next.ShouldBeNull();
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("WyJ4Il0")]
    public async Task A_cursor_it_did_not_give_is_refused(string cursor) =>
        await Should.ThrowAsync<ArgumentException>(() => MergedPages.ReadAsync(Queries(), Comparer<int>.Default, 3, cursor));

    /// <summary>Each list pages like a store: after the item its cursor names, with the total of the whole list.</summary>
    private static List<MergedPages.Query<int>> Queries() =>
        [.. Lists.Select(list => (MergedPages.Query<int>)((after, size) =>
        {
            var rest = list.Where(i => after is null || i > int.Parse(after, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var items = rest.Take(size).ToList();
            return ValueTask.FromResult(new Page<int>(items, list.Length, rest.Count > size ? items[^1].ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
        }))];
}
