package dev.tidybar.api;

/**
 * How reading the room columns from {@code groups.list} ended.
 *
 * @param rooms  distinct rooms read
 * @param pages  pages asked for, refusals not counted again
 * @param capped true when the page cap stopped it with pages still coming full: some groups lack their columns
 */
public record RoomDetailsRead(int rooms, int pages, boolean capped) {
}
