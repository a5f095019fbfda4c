using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Postgres.Migrations
{
    /// <summary>
    /// The inbox by agency (hộp việc theo cơ quan): each bookmark carries its instance's agency, filled here for the
    /// rows there are, and IX_bookmarks_inbox orders an assignee's tasks of one agency by due key and id (ids compared
    /// byte by byte, as the inbox's ORDER BY does), an index on expressions the model cannot name, so it is created in SQL.
    /// </summary>
    public partial class InboxByAgency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "agency",
                table: "bookmarks",
                type: "text",
                nullable: true);

            migrationBuilder.Sql("UPDATE bookmarks AS b SET agency = i.agency FROM instances AS i WHERE i.id = b.instance_id");
            migrationBuilder.Sql("CREATE INDEX \"IX_bookmarks_inbox\" ON bookmarks (assignee, agency, kind, coalesce(due_at, 9223372036854775807), id COLLATE \"C\")");
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
