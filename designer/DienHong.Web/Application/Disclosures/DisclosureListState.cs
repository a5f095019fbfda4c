namespace DienHong.Web.Application.Disclosures;

/// <summary>Which postings a board lists (trạng thái công khai).</summary>
public enum DisclosureListState
{
    /// <summary>Posted now: staff may still object.</summary>
    Open,

    /// <summary>The period has ended (or the posting was replaced): shown with its proof of posting.</summary>
    Closed,
}
