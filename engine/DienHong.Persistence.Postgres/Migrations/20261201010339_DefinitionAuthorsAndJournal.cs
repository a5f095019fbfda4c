using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DefinitionAuthorsAndJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "published_by",
                table: "definitions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "retired_by",
                table: "definitions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "saved_at",
                table: "definitions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "saved_by",
                table: "definitions",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "definition_journal",
                columns: table => new
                {
                    definition_key = table.Column<string>(type: "text", nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    @event = table.Column<string>(name: "event", type: "text", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: true),
                    data = table.Column<string>(type: "text", nullable: true),
                    hash = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_journal", x => new { x.definition_key, x.seq });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definition_journal");

            migrationBuilder.DropColumn(
                name: "published_by",
                table: "definitions");

            migrationBuilder.DropColumn(
                name: "retired_by",
                table: "definitions");

            migrationBuilder.DropColumn(
                name: "saved_at",
                table: "definitions");

            migrationBuilder.DropColumn(
                name: "saved_by",
                table: "definitions");
        }
    }
}
