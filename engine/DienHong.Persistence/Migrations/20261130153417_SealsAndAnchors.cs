using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SealsAndAnchors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "seal",
                table: "instances",
                type: "BLOB",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "anchors",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    instances = table.Column<long>(type: "INTEGER", nullable: false),
                    entries = table.Column<long>(type: "INTEGER", nullable: false),
                    instances_created = table.Column<long>(type: "INTEGER", nullable: false),
                    root = table.Column<string>(type: "TEXT", nullable: false),
                    heads = table.Column<string>(type: "TEXT", nullable: false),
                    key_id = table.Column<string>(type: "TEXT", nullable: false),
                    signature = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anchors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integrity",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    key_id = table.Column<string>(type: "TEXT", nullable: false),
                    instances_created = table.Column<long>(type: "INTEGER", nullable: false),
                    seal = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrity", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "anchors");

            migrationBuilder.DropTable(
                name: "integrity");

            migrationBuilder.DropColumn(
                name: "seal",
                table: "instances");
        }
    }
}
