LAND = "#"
WATER = "."

# Turn the island containing (row, col) into water, with an explicit stack instead of recursion.
def sink_island(grid, row, col)
  stack = [[row, col]]
  grid[row][col] = WATER
  until stack.empty?
    r, c = stack.pop
    [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]].each do |nr, nc|
      next unless nr.between?(0, grid.size - 1) && nc.between?(0, grid[0].size - 1)
      next unless grid[nr][nc] == LAND

      grid[nr][nc] = WATER
      stack.push([nr, nc])
    end
  end
end

def count_islands(grid)
  islands = 0
  grid.each_index do |row|
    grid[row].each_index do |col|
      next unless grid[row][col] == LAND

      islands += 1
      sink_island(grid, row, col)
    end
  end
  islands
end

def main
  tokens = $stdin.read.split
  rows = tokens[0].to_i
  grid = tokens[2, rows].map(&:chars)
  puts count_islands(grid)
end

main if __FILE__ == $PROGRAM_NAME
