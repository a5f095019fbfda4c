using DienHong.Server.Accounts;
using DienHong.Server.Resources;

namespace DienHong.Server.Startup;

/// <summary>The demo accounts as a plain text table (bảng tài khoản): user name, person, roles, columns padded.</summary>
public static class AccountTable
{
    public static IEnumerable<string> Lines(IReadOnlyList<DemoAccount> rows)
    {
        var cells = rows.Select(r => (r.UserName, Person: r.PersonId is null ? ServerText.AdminPerson : $"{r.FullName} ({r.PersonId})", Roles: string.Join(", ", r.Roles))).ToList();
        var user = Math.Max(ServerText.ColumnUser.Length, cells.Max(c => c.UserName.Length));
        var person = Math.Max(ServerText.ColumnPerson.Length, cells.Max(c => c.Person.Length));
        yield return $"  {ServerText.ColumnUser.PadRight(user)}  {ServerText.ColumnPerson.PadRight(person)}  {ServerText.ColumnRoles}";
        foreach (var (name, who, roles) in cells)
        {
            yield return $"  {name.PadRight(user)}  {who.PadRight(person)}  {roles}";
        }
    }
}
