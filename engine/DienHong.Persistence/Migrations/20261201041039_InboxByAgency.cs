using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Migrations
{
    /// <summary>
    /// The inbox by agency (hộp việc theo cơ quan): each bookmark carries its instance's agency, filled here for the
    /// rows there are, and IX_bookmarks_inbox orders an assignee's tasks of one agency by due key and id, an index on an
    /// expression the model cannot name, so it is created in SQL (the inbox's ORDER BY uses the very same expression).
    /// </summary>
    public partial class InboxByAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "agency",
                table: "bookmarks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.Sql("UPDATE bookmarks SET agency = (SELECT i.agency FROM instances i WHERE i.id = bookmarks.instance_id)");
            migrationBuilder.Sql("CREATE INDEX \"IX_bookmarks_inbox\" ON bookmarks (assignee, agency, kind, coalesce(due_at, 9223372036854775807), id)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX \"IX_bookmarks_inbox\"");

            migrationBuilder.DropColumn(
                name: "agency",
                table: "bookmarks");
        }
    }
}
