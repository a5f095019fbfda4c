using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "retired_by",
                table: "definitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "saved_at",
                table: "definitions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "saved_by",
                table: "definitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "definition_journal",
                columns: table => new
                {
                    definition_key = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    @event = table.Column<string>(name: "event", type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: true),
                    data = table.Column<string>(type: "TEXT", nullable: true),
                    hash = table.Column<string>(type: "TEXT", nullable: false)
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
