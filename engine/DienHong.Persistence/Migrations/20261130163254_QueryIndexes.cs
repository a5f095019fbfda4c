using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_journal_at",
                table: "journal",
                column: "at",
                filter: "event = 'TaskCompleted'");

            migrationBuilder.CreateIndex(
                name: "IX_instances_completed_at",
                table: "instances",
                column: "completed_at",
                filter: "completed_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_instances_created_at_id",
                table: "instances",
                columns: new[] { "created_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_at",
                table: "journal");

            migrationBuilder.DropIndex(
                name: "IX_instances_completed_at",
                table: "instances");

            migrationBuilder.DropIndex(
                name: "IX_instances_created_at_id",
                table: "instances");
        }
    }
}
