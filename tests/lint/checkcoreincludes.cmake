# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when core/ includes a header of QtGui, QtWidgets, QtCharts or QtSql:
# the engine must build and run without them.
file(GLOB_RECURSE sources ${ROOT}/core/*.h ${ROOT}/core/*.cpp)
set(forbidden_modules "QtGui|QtWidgets|QtCharts|QtSql|QtOpenGL|QtPrintSupport")
# Class headers of those modules that a core file might reach for by name.
set(forbidden_classes "QColor|QImage|QPixmap|QPainter|QFont|QWidget|QApplication|QGuiApplication|QAction|QUndoStack|QUndoCommand|QChart|QSqlDatabase|QSqlQuery|QPolygonF|QTransform|QIcon|QBrush|QPen|QPainterPath|QStandardItemModel")
set(failures "")
foreach(file ${sources})
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line ${lines})
        if(line MATCHES "<(${forbidden_modules})[/>]" OR line MATCHES "<(${forbidden_classes})>")
            file(RELATIVE_PATH rel ${ROOT} ${file})
            string(APPEND failures "  ${rel}: ${line}\n")
        endif()
    endforeach()
endforeach()
if(failures)
    message(FATAL_ERROR "core/ must not include GUI, Widgets, Charts or Sql headers:\n${failures}")
endif()
list(LENGTH sources count)
message(STATUS "core includes: ${count} files checked, no forbidden header")
