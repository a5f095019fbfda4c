using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bookmarks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    node_id = table.Column<string>(type: "TEXT", nullable: false),
                    node_instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: true),
                    assignee = table.Column<string>(type: "TEXT", nullable: true),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    wake_at = table.Column<long>(type: "INTEGER", nullable: true),
                    job_id = table.Column<string>(type: "TEXT", nullable: true),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookmarks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "definitions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    retired_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    node_id = table.Column<string>(type: "TEXT", nullable: true),
                    message = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_key = table.Column<string>(type: "TEXT", nullable: false),
                    definition_version = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    correlation_key = table.Column<string>(type: "TEXT", nullable: true),
                    agency = table.Column<string>(type: "TEXT", nullable: true),
                    variables = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    journal_seq = table.Column<long>(type: "INTEGER", nullable: false),
                    journal_hash = table.Column<string>(type: "TEXT", nullable: false),
                    row_version = table.Column<long>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "journal",
                columns: table => new
                {
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    seq = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    node_id = table.Column<string>(type: "TEXT", nullable: true),
                    @event = table.Column<string>(name: "event", type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    data = table.Column<string>(type: "TEXT", nullable: true),
                    hash = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journal", x => new { x.instance_id, x.seq });
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_assignee_due_at",
                table: "bookmarks",
                columns: new[] { "assignee", "due_at" });

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_due_at",
                table: "bookmarks",
                column: "due_at",
                filter: "due_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_instance_id",
                table: "bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_kind_key",
                table: "bookmarks",
                columns: new[] { "kind", "key" });

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_wake_at",
                table: "bookmarks",
                column: "wake_at",
                filter: "wake_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_definitions_key_status",
                table: "definitions",
                columns: new[] { "key", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_definitions_key_version",
                table: "definitions",
                columns: new[] { "key", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_instance_id",
                table: "incidents",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_instances_agency_status",
                table: "instances",
                columns: new[] { "agency", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_instances_correlation_key",
                table: "instances",
                column: "correlation_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_instances_status_definition_key",
                table: "instances",
                columns: new[] { "status", "definition_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bookmarks");

            migrationBuilder.DropTable(
                name: "definitions");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "instances");

            migrationBuilder.DropTable(
                name: "journal");
        }
    }
}
