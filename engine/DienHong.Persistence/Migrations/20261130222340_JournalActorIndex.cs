using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DienHong.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JournalActorIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_journal_actor_instance_id",
                table: "journal",
                columns: new[] { "actor", "instance_id" },
                filter: "actor IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_actor_instance_id",
                table: "journal");
        }
    }
}
