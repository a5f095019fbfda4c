namespace DienHong.Workflows.Activities;

/// <summary>The running count of one question of a ballot (số phiếu của một nội dung), kept in the node's state.</summary>
public sealed record VoteTally
{
    public int Yes { get; set; }

    public int No { get; set; }

    public int Abstain { get; set; }

    public void Add(string choice)
    {
        if (choice == VoteConfig.Yes)
        {
            Yes++;
        }
        else if (choice == VoteConfig.No)
        {
            No++;
        }
        else
        {
            Abstain++;
        }
    }

    public VoteCount Count(int members) => new(Yes, No, Abstain, members);
}
