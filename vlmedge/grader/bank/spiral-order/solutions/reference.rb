def spiral(matrix)
  order = []
  top, bottom, left, right = 0, matrix.size - 1, 0, matrix[0].size - 1
  while top <= bottom && left <= right
    left.upto(right) { |col| order << matrix[top][col] }
    (top + 1).upto(bottom) { |row| order << matrix[row][right] }
    (right - 1).downto(left) { |col| order << matrix[bottom][col] } if top < bottom
    (bottom - 1).downto(top + 1) { |row| order << matrix[row][left] } if left < right
    top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
  end
  order
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  rows, cols = numbers[0], numbers[1]
  matrix = numbers[2, rows * cols].each_slice(cols).to_a
  puts spiral(matrix).join(" ")
end

main if __FILE__ == $PROGRAM_NAME
