namespace DienHong.Engine.Storage;

/// <summary>The postings a disclosures board (bảng công khai) shows, read from the journal and the open bookmarks.</summary>
public interface IDisclosureQueries
{
    /// <summary>
    /// The postings (<c>DisclosurePosted</c> entries) of the query's agencies, open or closed, newest posting first, one
    /// page at a time, with the total. A posting is open while its node still has the audience's open bookmark and no
    /// later posting of the same node replaced it. One statement, no per-row lookups.
    /// </summary>
    ValueTask<Page<DisclosurePosting>> ListAsync(DisclosureQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The postings <paramref name="keys"/> names, each read with what followed it on its node and its case's open
    /// bookmarks (<see cref="DisclosureRead"/>), for a board showing many postings' objections at once: a fixed number
    /// of statements however many keys, no per-posting reads. A key naming no posting is left out; in no set order.
    /// </summary>
    ValueTask<IReadOnlyList<DisclosureRead>> ReadAsync(IReadOnlyCollection<PostingKey> keys, CancellationToken cancellationToken = default);
}
